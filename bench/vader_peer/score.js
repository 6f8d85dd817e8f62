// Reads one text per line on stdin, writes VADER's compound score per line (the peer of
// `tidewatch-cli score` in tidewatch-bench score). Times only the scoring, in-process: the
// fastest of five passes, as for Tidewatch (later passes also profit from the JIT's warm-up).
const vader = require('vader-sentiment');
const lines = require('fs').readFileSync(0, 'utf8').split('\n');
if (lines.length && lines[lines.length - 1] === '') lines.pop();
let best = Infinity;
const out = new Array(lines.length);
for (let pass = 0; pass < 5; pass++) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < lines.length; i++) {
    out[i] = vader.SentimentIntensityAnalyzer.polarity_scores(lines[i]).compound;
  }
  best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
}
process.stdout.write(out.join('\n') + '\n');
process.stderr.write(`seconds ${best}\n`);
