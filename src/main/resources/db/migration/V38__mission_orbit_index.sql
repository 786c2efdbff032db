-- Missions by orbit: include_suborbital=false and the mission__orbit__… filters ask for the missions
-- of one orbit (the sub-orbital one), which without this index reads every mission. Written for
-- both H2 (MODE=PostgreSQL) and PostgreSQL.
create index mission_orbit on mission (orbit_id);
