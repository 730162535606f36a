import '../../components/common/theme.css';
import './style.css';
import { render } from 'preact';
import { InsightsApp } from '../../components/insights/InsightsApp';
import { openDb } from '../../utils/notes/db';

const db = openDb();
// Start reading before the first render: the database read overlaps the page's start-up.
const preload = Promise.all([db.postFacts.toArray(), db.notes.toArray()]);
const root = document.getElementById('app');
if (root) render(<InsightsApp db={db} preload={preload} browserLang={navigator.language} />, root);
