-- Issue 9: "in 62 of the 115 polling stations observed" is a share of the observations (the phrasebook's "shares
-- with their base"), so it loads as share_of_observations_pct 53.9 with base 115; a count of stations with no word
-- of observing ("at 21 of 118 stations") stays polling_stations 21, base 118. Only the documentation changes.
COMMENT ON COLUMN core.infractions.base IS 'The denominator the value is out of, when the sentence states it: the stations or commissions observed for a share of observations ("in 62 of the 115 polling stations observed" gives share_of_observations_pct 53.9, base 115), the stations named for a count of stations ("at 21 of 118 stations" gives polling_stations 21, base 118); null when not stated.';
