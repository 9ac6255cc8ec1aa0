-- Issue 8: one contestant per real contestant whatever language and case a publication names it in. A new
-- contestant is named in each language by the nominative a publication writes; where none does, the name is
-- derived by rule (the nominative read from a declined form, an English name transliterated) and says so here.
ALTER TABLE core.contestants ADD COLUMN names_derived VARCHAR;
COMMENT ON COLUMN core.contestants.names_derived IS 'Which of name_en, name_ru, name_kk (comma-separated) were derived by rule rather than written by a publication: a nominative read from a declined form ("Оспанову Меруерт" → "Оспанова Меруерт"), or an English name transliterated ("«Жаңа Жол» партиясы" → "Zhana Zhol Party"); null when every name is as published (and for the seed).';
COMMENT ON COLUMN core.contestants.name_en IS 'Name in English: as an English publication writes it, else derived by rule (see names_derived).';
COMMENT ON COLUMN core.contestants.name_ru IS 'Name in Russian, in the nominative (candidates: Surname Name Patronymic); null when no Russian publication names the contestant.';
COMMENT ON COLUMN core.contestants.name_kk IS 'Name in Kazakh; null when no Kazakh publication names the contestant.';
