/** Analyze: paste text or pick a file, get the record, read it marked in place. */
import { useState, type ChangeEvent, type FormEvent } from "react";
import { api, type ParleyRecord } from "../api.js";
import { AnnotatedText } from "../components/AnnotatedText.js";
import { RecordSummary } from "../components/RecordSummary.js";

export default function Analyze() {
  const [text, setText] = useState("");
  const [date, setDate] = useState("");
  const [store, setStore] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<{ text: string; record: ParleyRecord } | null>(null);

  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (file) setText(await file.text());
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true); setError(null);
    try {
      const record = await api.extract({ text, date: date || undefined, store });
      setResult({ text, record });
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="page analyze">
      <h1>Analyze</h1>
      <form className="analyze-form" onSubmit={submit}>
        <textarea
          aria-label="Article text" name="text" rows={8} value={text} onChange={(e) => setText(e.target.value)}
          placeholder="Paste a news article here (plain text), or choose a file below."
        />
        <div className="row">
          <label>File <input type="file" accept=".txt,text/plain" aria-label="Text file" onChange={pick} /></label>
          <label>Published <input type="date" aria-label="Publication date" value={date} onChange={(e) => setDate(e.target.value)} /></label>
          <label><input type="checkbox" checked={store} onChange={(e) => setStore(e.target.checked)} /> store in the corpus</label>
          <button type="submit" disabled={busy || text.trim() === ""}>{busy ? "Analysing…" : "Analyze"}</button>
        </div>
      </form>
      {error && <p className="error" role="alert">{error}</p>}
      {result && (
        <div data-testid="analysis">
          <RecordSummary record={result.record} />
          <AnnotatedText text={result.text} record={result.record} />
        </div>
      )}
    </section>
  );
}
