// Reads one text per line on stdin, writes VADER's compound score per line (the peer of
// `tidewatch-cli score` in tidewatch-bench score). Times only the scoring, in-process.
const vader = require('vader-sentiment');
const lines = require('fs').readFileSync(0, 'utf8').split('\n');
if (lines.length && lines[lines.length - 1] === '') lines.pop();
const start = process.hrtime.bigint();
const out = new Array(lines.length);
for (let i = 0; i < lines.length; i++) {
  out[i] = vader.SentimentIntensityAnalyzer.polarity_scores(lines[i]).compound;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
process.stdout.write(out.join('\n') + '\n');
process.stderr.write(`seconds ${seconds}\n`);
