import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import './page.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { sayGraphiqlInChinese } from './chinese-labels.js';
import { leaveChinesePunctuationAlone } from './chinese-punctuation.js';
import { setUpEditorWorkers } from './editor-workers.js';

/** The README's example operations, put in by the build, each opened as a tab. */
declare const README_EXAMPLES: { query: string; headers: string }[];

setUpEditorWorkers();
void leaveChinesePunctuationAlone();
createRoot(document.getElementById('ide')!).render(
  createElement(GraphiQL, {
    fetcher: createGraphiQLFetcher({ url: new URL('/graphql', location.href).href }),
    defaultTabs: README_EXAMPLES,
    // GraphiQL opens its first tab with these headers, not the tab's own, and gives them to new tabs.
    defaultHeaders: README_EXAMPLES[0]?.headers,
    defaultEditorToolsVisibility: 'headers',
  }),
);
sayGraphiqlInChinese();
