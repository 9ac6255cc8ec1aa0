-- Issue 9: "in 62 of the 115 polling stations observed" gives the figures the text writes: polling_stations 62 out of
-- a base of 115 (the sample observed), not a share the extractor computed (0006 loaded share_of_observations_pct 53.9).
-- A share stays a share only where the text writes one ("in 27 per cent of the 118 counts", "a quarter of the 48
-- TECs"). Analysts who want the share compute value / base. Only the documentation changes.
COMMENT ON COLUMN core.infractions.base IS 'The denominator the value is out of, when the sentence states it: for polling_stations the stations (or commissions) of the sample observed or named ("in 62 of the 115 polling stations observed" gives polling_stations 62, base 115; "at 21 of 118 stations" gives 21, base 118), for share_of_observations_pct the observations the written share is of ("in 27 per cent of the 118 counts" gives 27, base 118); null when not stated.';
