-- The confusable skeleton (Unicode UTS #39, case-folded, invisible characters removed) of each
-- organisation's name, computed by the API (org.lcp.common.web.Text.skeleton). Unique, so that two
-- names that look alike ("Lakeside" and "Lakеside" with a Cyrillic е, or with a word joiner inside)
-- cannot both be stored, even when two replicas create them at the same moment. Organisations
-- stored before this version are given their skeleton at start-up (OrganizationSkeletons); NULL
-- means "not computed yet" and is not unique.
alter table organization add column name_skeleton varchar(1000);
create unique index organization_name_skeleton_uq on organization (name_skeleton);
