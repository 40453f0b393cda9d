-- What the numerator and the denominator of a PROPORTION measure count, in words.
alter table measure add column numerator varchar(2000);
alter table measure add column denominator varchar(2000);
