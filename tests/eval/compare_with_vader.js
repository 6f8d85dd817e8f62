// Sentiment accuracy of tidewatch-cli score beside the vader-sentiment npm package, on the same
// texts of ../shared/data, printed as a Markdown table. Run through compare_with_vader.sh.
//   node compare_with_vader.js CLI DATA_DIR VADER_MODULE_DIR
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const [cli, data, vaderDir] = process.argv.slice(2);
const vader = require(path.resolve(vaderDir));

function pearson(x, y) {
  const n = x.length, mx = x.reduce((a, b) => a + b, 0) / n, my = y.reduce((a, b) => a + b, 0) / n;
  let c = 0, vx = 0, vy = 0;
  for (let i = 0; i < n; i++) { c += (x[i] - mx) * (y[i] - my); vx += (x[i] - mx) ** 2; vy += (y[i] - my) ** 2; }
  return c / Math.sqrt(vx * vy);
}
function macroF1(gold, pred) {
  let sum = 0;
  for (const c of [-1, 0, 1]) {
    let tp = 0, fp = 0, fn = 0;
    for (let i = 0; i < gold.length; i++) {
      if (gold[i] === c && pred[i] === c) tp++; else if (pred[i] === c) fp++; else if (gold[i] === c) fn++;
    }
    const p = tp + fp ? tp / (tp + fp) : 0, r = tp + fn ? tp / (tp + fn) : 0;
    sum += p + r ? 2 * p * r / (p + r) : 0;
  }
  return sum / 3;
}
const cls = (x, t) => (x > t ? 1 : x < -t ? -1 : 0);
function ours(texts, lang) {
  const input = texts.map(t => t.replace(/[\r\n]+/g, ' ')).join('\n') + '\n';
  const out = execFileSync(cli, ['score', '--lang', lang], { input, maxBuffer: 1 << 30 }).toString().trim().split('\n');
  return out.map(l => JSON.parse(l).sentiment.score);
}
const theirs = texts => texts.map(t => vader.SentimentIntensityAnalyzer.polarity_scores(t).compound);

const rows = [];
for (const [name, file] of [['VADER tweets', 'tweets_GroundTruth.txt'], ['VADER movie snippets', 'movieReviewSnippets_GroundTruth.txt']]) {
  const p = path.join(data, 'sentiment_vader_groundtruth', file);
  if (!fs.existsSync(p)) continue;
  const lines = fs.readFileSync(p, 'utf8').split('\n').filter(l => l.split('\t').length >= 3);
  const gold = lines.map(l => parseFloat(l.split('\t')[1]));
  const texts = lines.map(l => l.split('\t').slice(2).join('\t'));
  const a = ours(texts, 'en'), b = theirs(texts);
  const g3 = gold.map(x => cls(x, 0.5));
  rows.push([name, texts.length, pearson(gold, a), pearson(gold, b), macroF1(g3, a.map(x => cls(x, 0.05))), macroF1(g3, b.map(x => cls(x, 0.05)))]);
}
for (const [folder, lang] of [['english', 'en'], ['german', 'de'], ['french', 'fr'], ['spanish', 'es']]) {
  const dir = path.join(data, 'sentiment_multilingual_tweets_umsab', folder);
  if (!fs.existsSync(dir)) continue;
  const texts = fs.readFileSync(path.join(dir, 'val_text.txt'), 'utf8').split('\n');
  const labels = fs.readFileSync(path.join(dir, 'val_labels.txt'), 'utf8').split('\n');
  const n = Math.min(texts.length, labels.length) - (labels[labels.length - 1] === '' ? 1 : 0);
  const t = texts.slice(0, n), gold = labels.slice(0, n).map(x => parseInt(x, 10) - 1);
  const a = ours(t, lang), b = theirs(t);
  rows.push([`UMSAB ${folder} (val)`, n, null, null, macroF1(gold, a.map(x => cls(x, 0.05))), macroF1(gold, b.map(x => cls(x, 0.05)))]);
}
const f = x => (x === null ? '—' : x.toFixed(3));
console.log('| data | n | Pearson r: Tidewatch | Pearson r: VADER | macro F1: Tidewatch | macro F1: VADER |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r[0]} | ${r[1]} | ${f(r[2])} | ${f(r[3])} | ${f(r[4])} | ${f(r[5])} |`);
