// A country mission plays a part in return: it sends returnees home (host),
// receives them (origin), or both (seed-000 describes pre-return work in the
// host country and post-return work in the country of origin).
export const missionRoles = ['host', 'origin', 'both'] as const;
export type MissionRole = (typeof missionRoles)[number];
