/** GET /api/edges/evidence and /api/nodes/:id/evidence on the fixture graph, parsed by the shared contract. */
import request from 'supertest';
import { EdgeEvidenceResponse, NetworkResponse, NodeEvidenceResponse, TimelineResponse } from '@kg/model';
import { useCleanDatabase } from '@kg/testing';
import { appFor } from './app-under-test';
import { writeFixtureGraph } from './fixture-graph';

const db = useCleanDatabase();
let app: ReturnType<typeof appFor>;

beforeAll(async () => {
  await writeFixtureGraph(db());
  app = appFor(db());
});

describe('edge evidence', () => {
  it.each([false, true])('lists exactly the events each network edge counts (rollup %s)', async (rollup) => {
    const network = NetworkResponse.parse((await request(app).get('/api/actors/network').query({ rollup: String(rollup) }).expect(200)).body);
    expect(network.edges.length).toBeGreaterThan(0);
    for (const edge of network.edges) {
      const res = await request(app).get('/api/edges/evidence')
        .query({ from: edge.source, to: edge.target, kind: edge.type, rollup: String(rollup) }).expect(200);
      const evidence = EdgeEvidenceResponse.parse(res.body);
      expect(evidence.events).toHaveLength(edge.properties.count);
      for (const event of evidence.events) {
        expect(event.agents.map((a) => a.id).concat(event.targets.map((t) => t.id)).length).toBeGreaterThan(0);
        expect(event.reports[0]?.sentence.length).toBeGreaterThan(0);
      }
    }
  });

  it('follows direction: Syria fought ISIS, ISIS did nothing to Syria', async () => {
    const forward = EdgeEvidenceResponse.parse((await request(app).get('/api/edges/evidence').query({ from: 'syria', to: 'isis' }).expect(200)).body);
    expect(forward.events.map((e) => e.cameo)).toEqual(['19']);
    const backward = EdgeEvidenceResponse.parse((await request(app).get('/api/edges/evidence').query({ from: 'isis', to: 'syria' }).expect(200)).body);
    expect(backward.events).toEqual([]);
  });

  it('refuses an unknown edge kind with a clear message', async () => {
    const res = await request(app).get('/api/edges/evidence').query({ from: 'syria', to: 'isis', kind: 'LIKES' }).expect(400);
    expect(res.body.error.message).toMatch(/kind/);
  });
});

describe('node evidence', () => {
  it('gives an entity its aliases, affiliations, article count and events with sentences', async () => {
    const res = await request(app).get('/api/nodes/vladimir-putin/evidence').expect(200);
    const body = NodeEvidenceResponse.parse(res.body);
    expect(body.aliases).toContain('Putin');
    expect(body.affiliations).toEqual([{ id: 'russia', name: 'Russia', role: 'President', outgoing: true }]);
    expect(body.articles).toBe(1);
    expect(body.events.map((e) => e.id).sort()).toEqual(['ev-1', 'ev-4']);
    expect(body.events.find((e) => e.id === 'ev-1')?.location).toEqual({ id: 'hmeimim-air-base', name: 'Hmeimim Air Base' });
  });

  it('answers 404 for an unknown node', async () => {
    await request(app).get('/api/nodes/nobody-at-all/evidence').expect(404);
  });
});

describe('timeline and tallies', () => {
  it('counts events per day and quad class on either clock, each event once', async () => {
    const res = await request(app).get('/api/actors/timeline').expect(200);
    const body = TimelineResponse.parse(res.body);
    expect(body.days.map((d) => d.day)).toEqual(['2017-11-19', '2017-12-11', '2017-12-12']);
    expect(body.days[1]).toMatchObject({ day: '2017-12-11', quads: { '1': 0, '2': 2, '3': 0, '4': 0 } });
    // On the reported clock every fixture event sits on its article's day.
    const reported = TimelineResponse.parse((await request(app).get('/api/actors/timeline').query({ clock: 'reported' }).expect(200)).body);
    expect(reported.days).toEqual([{ day: '2017-12-11', quads: { '1': 1, '2': 2, '3': 0, '4': 1 }, byReport: 0 }]);
    await request(app).get('/api/actors/timeline').query({ clock: 'lunar' }).expect(400);
  });

  it('gives each network edge a per-day tally that adds up to its count, and moves days with the clock', async () => {
    const network = NetworkResponse.parse((await request(app).get('/api/actors/network').expect(200)).body);
    for (const edge of network.edges) expect(edge.properties.tally.reduce((n, t) => n + t.events, 0)).toBe(edge.properties.count);
    const fight = network.edges.find((e) => e.id === 'syria->isis');
    expect(fight?.properties.tally).toEqual([{ day: '2017-11-19', cameo: '19', events: 1 }]);
    const reported = NetworkResponse.parse((await request(app).get('/api/actors/network').query({ clock: 'reported' }).expect(200)).body);
    expect(reported.edges.find((e) => e.id === 'syria->isis')?.properties.tally).toEqual([{ day: '2017-12-11', cameo: '19', events: 1 }]);
  });
});
