"""Per-row check columns for the validation gate: the arithmetic of an election as one document publishes it.

Each function takes a staged frame (plus the caller's `region_code` / `contestant_id`) and returns it with
extra columns holding the quantity a rule bounds (a sum, a gap, a number of days). A check column is null
where its rule does not apply, so the expectation that bounds it skips that row. The bounds themselves live
with the expectations (`expectations/suites.py`); this module only computes, with no I/O.

A *publication* is what one document says about one election in one area at one stage: the unit whose
figures must add up, and the results claim set the gate refuses or flags as a whole
(`expectations.claim_sets`).
"""

from __future__ import annotations

import polars as pl

from sources.claims.count_words import SHARE_WORDS, VAGUE_RANGES, VAGUE_SCALES
from sources.text.words import any_number_word

PUBLICATION = ["document_id", "election_id", "_area", "stage"]
AREA_CLAIM = ["document_id", "election_id", "region_code"]
# Two contestants' votes ÷ shares agreeing this closely (relative) imply one base: shares given to two decimals of
# a million-vote base disagree by far less; a share of another base (or a misbound figure) by far more.
IMPLIED_BASES_AGREE = 0.003
# Invalid ballots (and ballots issued but never cast) rarely reach a tenth of the ballots a document states as cast:
# a lone contestant's share of the valid ballots, which the text does not give, implies a base at most that far below.
UNSTATED_VALID_MIN_OF_CAST = 0.9

# Words that carry a count themselves ("seven", "4 тысячи", "more than half"), the text layer's number words and the
# claims reader's count, share and scale words ("scores of", "ондаған"): when the evidence has one, the figure may
# legitimately be absent as digits, so the figure-in-evidence rule does not apply.
_NUMBER_WORDS = any_number_word([*VAGUE_RANGES, *SHARE_WORDS, *VAGUE_SCALES])


def _num(name: str) -> pl.Expr:
    # Non-strict casts: a frame with a wrong dtype still gets its check columns, and the type expectations
    # report the wrong dtype instead of the arithmetic raising.
    return pl.col(name).cast(pl.Float64, strict=False)


def _date(name: str) -> pl.Expr:
    return pl.col(name).cast(pl.Date, strict=False)


def _days(later: pl.Expr, earlier: pl.Expr) -> pl.Expr:
    return (later - earlier).dt.total_days()


def _election_id_matches(with_type: bool) -> pl.Expr:
    """election_id names the same day (and type, where the frame has one) as the row's own columns."""
    parts = [pl.lit("kz-"), _date("election_date").dt.strftime("%Y-%m-%d")]
    if with_type:
        parts += [pl.lit("-"), pl.col("election_type")]
        return pl.col("election_id") == pl.concat_str(parts)
    return pl.col("election_id").str.starts_with(pl.concat_str([*parts, pl.lit("-")]))


def _digits_normalised(text: pl.Expr) -> pl.Expr:
    """Digit groups joined ("6 539 715", "4,000" → "6539715", "4000"); decimal commas as points."""
    for _ in range(4):  # no look-around in the regex engine: each pass joins every other group
        text = text.str.replace_all(r"(\d)[\s,.'\u00a0\u202f\u2009](\d{3})(\D|$)", "${1}${2}${3}")
    return text.str.replace_all(r"(\d),(\d{1,2})(\D|$)", "${1}.${2}${3}")


def _figure_text(figure: pl.Expr) -> pl.Expr:
    value = figure.cast(pl.Float64, strict=False)
    whole = value.round(0) == value
    return (
        pl.when(whole)
        .then(value.cast(pl.Int64, strict=False).cast(pl.String))
        .otherwise(value.cast(pl.String).str.replace(r"0+$", ""))
    )


def _contains_figure(normalised: pl.Expr, figure: pl.Expr) -> pl.Expr:
    # Whole tokens only: 13 must not match inside 2013 or 13.5.
    digits = _figure_text(figure).str.replace(".", r"\.", literal=True)
    pattern = pl.concat_str([pl.lit(r"(^|[^\d.])"), digits, pl.lit(r"([^\d.]|\.\D|\.$|$)")])
    return normalised.str.contains(pattern)


def figure_in_evidence(evidence: pl.Expr, *figures: pl.Expr) -> pl.Expr:
    """True when every non-null figure appears in the evidence as digits; null when not checkable.

    Not checkable: no figure, or the figure is absent but the sentence words a count ("seven", "4 тысячи",
    "more than half"), which the extractor turned into a number, or the figure is one, which a singular noun says
    by its grammar alone ("a reporter was detained", "задержан журналист").
    """
    normalised = _digits_normalised(evidence.fill_null(""))
    found = pl.lit(True)
    for figure in figures:
        found = found & (figure.is_null() | _contains_figure(normalised, figure).fill_null(False))
    any_figure = pl.any_horizontal([f.is_not_null() for f in figures])
    worded = evidence.fill_null("").str.contains(_NUMBER_WORDS) | pl.any_horizontal(
        [(f == 1).fill_null(False) for f in figures]
    )
    return pl.when(~any_figure).then(None).when(found).then(True).when(worded).then(None).otherwise(False)


def _area_turnout_claims(turnout: pl.DataFrame) -> pl.DataFrame:
    """One row per document × election × area: its turnout claim (the close-of-poll one if any)."""

    def claim(name: str) -> pl.Expr:
        at_close = _num(name).filter(pl.col("as_of").is_null()).max()
        return pl.coalesce(at_close, _num(name).max()).alias(f"{name}_claimed")

    return turnout.group_by(AREA_CLAIM).agg(claim("ballots_cast"), claim("registered_voters"), claim("invalid_ballots"))


def results_checks(results: pl.DataFrame, turnout: pl.DataFrame | None = None) -> pl.DataFrame:
    """Results rows with the sums, gaps and joins the results suite bounds.

    Columns added: share_sum, share_sum_complete (the sum when every contestant has a share),
    ballots_cast_claimed, registered_voters_claimed,
    invalid_ballots_claimed, votes_over_ballots_cast, votes_sum_over_ballots_cast, votes_over_registered,
    share_from_votes (the share the votes imply on the basis closest to the published one), share_basis,
    share_gap, days_after_election, election_id_matches.
    """
    frame = results.with_columns(
        _area=pl.coalesce(pl.col("region_code"), pl.lit("?") + pl.col("region_name"), pl.lit("?")),
        _contestant=pl.coalesce(pl.col("contestant_id"), pl.lit("?") + pl.col("contestant_name")),
    )
    # A contestant stated on several rows of one publication (prose and table, or a seats-only row) counts once,
    # with the figures it is given anywhere in that publication.
    per_contestant = [*PUBLICATION, "_contestant"]
    first = pl.int_range(pl.len()).over(per_contestant) == 0
    share, votes = _num("vote_share_pct"), _num("votes")
    contestant_share, contestant_votes = share.max().over(per_contestant), votes.max().over(per_contestant)
    # the base a contestant's own votes and share imply (once per contestant)
    implied = pl.when(first & (contestant_share > 0) & contestant_votes.is_not_null()).then(
        contestant_votes * 100 / contestant_share
    )
    frame = frame.with_columns(
        share_sum=pl.when(first).then(contestant_share).sum().over(PUBLICATION),
        _any_share=share.is_not_null().any().over(PUBLICATION),
        _all_shares=contestant_share.is_not_null().all().over(PUBLICATION),
        votes_sum=pl.when(first).then(contestant_votes).sum().over(PUBLICATION),
        _all_votes=contestant_votes.is_not_null().all().over(PUBLICATION),
        _contestants=pl.col("_contestant").n_unique().over(PUBLICATION),
        # The base the set's own figures imply (votes × 100 ÷ share, the median over its contestants): a partial
        # but consistent list implies one base; a share that disagrees with its votes stands out from it.
        # (per contestant: its votes and its share may stand on two rows, "за Туякбая проголосовали 445 047 ... Или
        # 6,64 процента")
        _implied_base=implied.median().over(PUBLICATION),
        _implied_spread=implied.max().over(PUBLICATION) / implied.min().over(PUBLICATION),
        _both_figures=pl.when(implied.is_not_null()).then(1).sum().over(PUBLICATION),
    ).with_columns(
        share_sum=pl.when(pl.col("_any_share")).then(pl.col("share_sum")),
        share_sum_complete=pl.when(pl.col("_all_shares")).then(pl.col("share_sum")),
    )

    if turnout is None:
        turnout = (
            results.clear()
            .select(AREA_CLAIM)
            .with_columns(
                as_of=pl.lit(None, pl.String),
                ballots_cast=pl.lit(None, pl.Int64),
                registered_voters=pl.lit(None, pl.Int64),
                invalid_ballots=pl.lit(None, pl.Int64),
            )
        )
    claims = _area_turnout_claims(turnout)
    frame = frame.join(claims, on=AREA_CLAIM, how="left", nulls_equal=False, maintain_order="left")

    cast, registered = pl.col("ballots_cast_claimed"), pl.col("registered_voters_claimed")
    # A share may be of the contestants' votes (candidates, parties) or of the ballots cast (referendums), so
    # a share must match one of the bases. The contestants' total is a basis only when the publication is
    # evidently complete (every contestant with votes and a share, the shares adding up to a whole):
    # otherwise a partial list would imply inflated shares.
    complete_list = (
        pl.col("_all_votes") & pl.col("_all_shares") & (pl.col("_contestants") >= 2) & (pl.col("share_sum") >= 99)
    )
    bases = {
        "of all contestants' votes": pl.when(complete_list).then(pl.col("votes_sum")),
        "of the ballots cast": cast,
        "of the valid ballots": cast - pl.col("invalid_ballots_claimed"),
        # three contestants agreeing on a base, or two agreeing to the rounding of their shares (a share of the
        # valid ballots, which the text does not state: "6 100 694 человека, 91,01 процента", "445 047, 6,64")
        "of the base the set's other figures imply": pl.when(
            (pl.col("_both_figures") >= 3)
            | ((pl.col("_both_figures") == 2) & (pl.col("_implied_spread") < 1 + IMPLIED_BASES_AGREE))
        ).then(pl.col("_implied_base")),
        # one contestant alone with votes and a share ("«Против всех»: 5,80% (460 484 избирателя)" beside the ballots
        # received): its share may be of the valid ballots the text never states, a base between nine tenths of the
        # ballots cast and all of them; with a second contestant's figures the base above decides instead
        "of the valid ballots, which the document does not state": pl.when(
            (pl.col("_both_figures") == 1) & pl.col("invalid_ballots_claimed").is_null() & (share > 0)
        ).then((votes * 100 / share).clip(cast * UNSTATED_VALID_MIN_OF_CAST, cast)),
    }
    implied = {basis: votes / total * 100 for basis, total in bases.items()}
    gaps = {basis: (share - value).abs() for basis, value in implied.items()}
    best = pl.min_horizontal(list(gaps.values()))
    closest_share, closest_basis = pl.when(False).then(None), pl.when(False).then(None)
    for basis, gap in gaps.items():
        closest_share = closest_share.when(gap == best).then(implied[basis])
        closest_basis = closest_basis.when(gap == best).then(pl.lit(basis))

    frame = frame.with_columns(
        votes_over_ballots_cast=votes - cast,
        votes_sum_over_ballots_cast=pl.when(pl.col("_all_votes")).then(pl.col("votes_sum") - cast),
        votes_over_registered=votes - registered,
        share_from_votes=closest_share,
        share_basis=closest_basis,
    ).with_columns(
        share_gap=share - pl.col("share_from_votes"),
        days_after_election=pl.when(pl.col("stage") == "final").then(
            _days(_date("published_on"), _date("election_date"))
        ),
        election_id_matches=_election_id_matches(with_type=True),
    )
    return frame.drop("_area", "_contestant", "_any_share", "_all_shares", "_all_votes", "_contestants", "votes_sum",
                      "_implied_base", "_implied_spread", "_both_figures")


def turnout_checks(turnout: pl.DataFrame) -> pl.DataFrame:
    """Turnout rows with the comparisons the turnout suite bounds.

    Columns added: registered_voters_claimed (the row's, or its document's for that area),
    ballots_cast_over_registered, invalid_over_ballots_cast, both_marked_over_ballots_cast,
    turnout_from_counts, turnout_gap, days_after_election, election_id_matches.
    """
    cast = _num("ballots_cast")
    registered_in_document = _num("registered_voters").max().over(AREA_CLAIM)
    frame = turnout.with_columns(
        registered_voters_claimed=pl.coalesce(_num("registered_voters"), registered_in_document)
    )
    registered = pl.col("registered_voters_claimed")
    return frame.with_columns(
        ballots_cast_over_registered=cast - registered,
        invalid_over_ballots_cast=_num("invalid_ballots") - cast,
        both_marked_over_ballots_cast=_num("both_marked_ballots") - cast,
        turnout_from_counts=pl.when(registered > 0).then(cast / registered * 100),
    ).with_columns(
        turnout_gap=_num("turnout_pct") - pl.col("turnout_from_counts"),
        days_after_election=pl.when(pl.col("stage") == "final").then(
            _days(_date("published_on"), _date("election_date"))
        ),
        election_id_matches=_election_id_matches(with_type=True),
    )


def detention_checks(detentions: pl.DataFrame) -> pl.DataFrame:
    """Columns added: days_from_election, days_covered, detained_spread, figure_in_evidence,
    election_id_matches."""
    low, high = _num("detained_min"), _num("detained_max")
    return detentions.with_columns(
        days_from_election=_days(_date("date_from"), _date("election_date")),
        days_covered=_days(_date("date_to"), _date("date_from")),
        detained_spread=high - low,
        figure_in_evidence=figure_in_evidence(pl.col("evidence"), low, pl.when(high != low).then(high)),
        election_id_matches=_election_id_matches(with_type=False),
    )


def infraction_checks(infractions: pl.DataFrame) -> pl.DataFrame:
    """Columns added: share_of_observations (value of a per-cent measure), figure_in_evidence,
    election_id_matches."""
    value = _num("value")
    in_evidence = figure_in_evidence(pl.col("evidence"), value)
    if "base" in infractions.columns:
        # a share read from "in 48 of the 160 polling stations observed" (30, base 160): the sentence writes the part
        part = pl.when(pl.col("measure") == "share_of_observations_pct").then((value * _num("base") / 100).round(0))
        part_in_evidence = figure_in_evidence(pl.col("evidence"), part, _num("base"))
        in_evidence = pl.when(part_in_evidence).then(True).otherwise(in_evidence)
    return infractions.with_columns(
        share_of_observations=pl.when(pl.col("measure") == "share_of_observations_pct").then(value),
        figure_in_evidence=in_evidence,
        election_id_matches=_election_id_matches(with_type=False),
    )
