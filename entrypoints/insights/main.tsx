import '../../components/common/theme.css';
import './style.css';
import { render } from 'preact';
import { InsightsApp } from '../../components/insights/InsightsApp';
import { openDb } from '../../utils/notes/db';

const root = document.getElementById('app');
if (root) render(<InsightsApp db={openDb()} browserLang={navigator.language} />, root);
