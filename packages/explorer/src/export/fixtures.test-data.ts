/** A small graph in the API's shape, shared by the unit tests of the export writers. */
import type { GraphPayload } from '@kg/model';

export const SMALL_GRAPH: GraphPayload = {
  nodes: [
    { id: 'russia', labels: ['Actor', 'Country', 'Location'], properties: { id: 'russia', name: 'Russia', type: 'COUNTRY', aliases: ['Russia', 'Russian Federation'], lat: 60, lon: 100 } },
    { id: 'syria', labels: ['Actor', 'Country', 'Location'], properties: { id: 'syria', name: 'Syria', type: 'COUNTRY', aliases: ['Syria'], lat: 35.5, lon: 38 } },
    {
      id: 'ev-1',
      labels: ['Event'],
      properties: { id: 'ev-1', cameo: '08', cameoName: 'yield', quadClass: 2, date: '2017-12-11', confidence: 0.8, label: 'Russia — yield — Syria', sourceCount: 2, mergeNotes: [] },
    },
    { id: 'doc-1', labels: ['Document'], properties: { id: 'doc-1', title: 'Putin orders "partial" withdrawal, <Syria>', published: '2017-12-11', file: 'a.txt' } },
  ],
  edges: [
    { id: 'r1', type: 'AGENT_IN', source: 'russia', target: 'ev-1', properties: {} },
    { id: 'r2', type: 'TARGETS', source: 'ev-1', target: 'syria', properties: {} },
    { id: 'r3', type: 'REPORTED_IN', source: 'ev-1', target: 'doc-1', properties: { sentence: 'Putin said, "we\'re leaving"\nnow.', sentenceIndex: 3, start: 120, end: 160 } },
  ],
};
