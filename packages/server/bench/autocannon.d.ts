// The few parts of autocannon's API the benchmark uses (the package ships no types).
declare module 'autocannon' {
  interface AutocannonRequest { method?: string; path?: string; setupRequest?: (req: { path: string }) => { path: string } }
  interface AutocannonOptions { url: string; connections: number; duration: number; requests?: AutocannonRequest[]; timeout?: number }
  interface Histogram { average: number; mean: number; p50: number; p90: number; p99: number; max: number; total: number }
  interface AutocannonResult {
    requests: Histogram; latency: Histogram; errors: number; timeouts: number; non2xx: number;
    '2xx': number; duration: number;
  }
  function autocannon(options: AutocannonOptions): Promise<AutocannonResult>;
  export default autocannon;
}
