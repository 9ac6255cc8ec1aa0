-- Issue 9: the category 'other' covers several kinds the contract has no name for (vote buying, multiple voting,
-- voting without identification, ...). Two of them in one report were one row; the findings-lexicon entry that
-- named each now keeps them apart and tells the analyst which kind an 'other' row is.
ALTER TABLE core.infractions ADD COLUMN finding VARCHAR;
COMMENT ON COLUMN core.infractions.finding IS 'For category other: the entry of the findings lexicon (sources/claims/lexicon/findings.yaml) that named the kind, e.g. vote_buying, multiple_voting, unauthorised_interference; null for every other category and where no single entry named it.';
