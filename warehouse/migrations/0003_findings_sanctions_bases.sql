-- Issue 9: ODIHR findings as the missions word them. Sanctions on people are a measure of their own, a share or
-- a count keeps the base it is out of, and a detention of people named by an unknown noun keeps that noun.

ALTER TABLE core.infractions ADD COLUMN base DOUBLE;
COMMENT ON COLUMN core.infractions.measure IS 'What the value counts: reports, complaints, violations, administrative_cases, administrative_offences, criminal_cases, polling_stations, share_of_observations_pct, observed, persons_sanctioned (people fined, sentenced or otherwise punished for an electoral offence; never a detention).';
COMMENT ON COLUMN core.infractions.value IS 'The count or share; null when observed without a count. For share_of_observations_pct a per cent (0-100), for polling_stations the stations where the finding was made, for persons_sanctioned the people sanctioned.';
COMMENT ON COLUMN core.infractions.qualifier IS 'Counting word as worded, normalised: exact, approximately, at least, more than, up to, cases (cases of ... observed), observed, allegations, ...';
COMMENT ON COLUMN core.infractions.base IS 'The denominator the value is out of, when the sentence states it ("in 62 of the 115 polling stations observed" gives value 62, base 115); null when not stated.';

ALTER TABLE core.detentions ADD COLUMN subject_as_written VARCHAR;
COMMENT ON COLUMN core.detentions.subject IS 'Who was detained: protesters, journalists, activists, observers, human rights defenders, people (people also when the counted noun is none of these; see subject_as_written).';
COMMENT ON COLUMN core.detentions.subject_as_written IS 'The counted noun as written when it is none of the subjects ("members of the party", "его сторонников"); null otherwise.';
COMMENT ON COLUMN core.detentions.qualifier IS 'Counting word as worded, normalised: exact, approximately, nearly, at least, more than, up to, between, a few, several, dozens, tens, hundreds, thousands, a number of, scores, many, in large numbers; uncounted = a group named as detained with no count at all (detained_min and detained_max are then both null).';
