import neo4j from 'neo4j-driver';
const d = neo4j.driver('bolt://127.0.0.1:7795', neo4j.auth.basic('neo4j','neo4j'), { disableLosslessIntegers: true });
const q = async (c: string) => { const r = await d.executeQuery(c); for (const x of r.records) console.log(JSON.stringify(x.toObject())); console.log('--'); };
await q(`MATCH (n:Actor) WHERE n.name =~ '(?i).*(russia|syria|isis|islamic).*' RETURN n.id, labels(n), n.name`);
await q(`MATCH (a:Actor)-[:AGENT_IN]->(e:Event)-[:TARGETS]->(t:Actor) WHERE a.name =~ '(?i).*(russia|syria|isis|islamic|putin|assad).*' OR t.name =~ '(?i).*(russia|syria|isis|islamic|putin|assad).*' RETURN a.name, e.cameo, e.quadClass, t.name`);
await d.close();
