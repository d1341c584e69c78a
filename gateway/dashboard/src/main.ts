import { query, UNREACHABLE, type Answer } from './api.js';
import {
  directoryDown,
  nationalWithoutDirectory,
  regionWithoutDirectory,
} from './directory-down.js';
import { disposeCharts } from './charts.js';
import { el } from './dom.js';
import { t, type Language } from './i18n.js';
import { saidOnce } from './language.js';
import { nationalView } from './national-view.js';
import {
  nationalQuery,
  nationalVariables,
  regionQuery,
  type NationalData,
  type RegionData,
} from './queries.js';
import { backLink, regionView } from './region-view.js';
import { sourceDialogContent } from './source-dialog.js';
import type { ViewContext } from './target-card.js';
import type { RegionCode } from './__generated__/graphql.js';
import { refreshSecondsOf } from './refresh.js';
import { readerState, restoreReaderState } from './reader-state.js';
import { CHINA_TIME_ZONE, chinaDay } from '../../../shared/china-day.js';

const params = new URLSearchParams(window.location.search);
/**
 * Seconds between refreshes, 10 to a day; the gateway's cache keeps each refresh cheap. A value that
 * is no number is the default: NaN, or a delay past what a timer holds (2³¹ ms), fired at once,
 * and the page asked the gateway again and again.
 */
const refreshSeconds = refreshSecondsOf(params.get('refresh'));
/** The language a link asks for (a shared `?lang=zh` opens in Chinese), else the reader's last. */
const askedLanguage = params.get('lang');
let language: Language =
  askedLanguage === 'en' || askedLanguage === 'zh'
    ? askedLanguage
    : ((localStorage.getItem('dashboard-language') as Language | null) ?? 'zh');

const main = document.getElementById('main')!;
const status = document.getElementById('updated')!;
const panel = document.getElementById('source-panel') as HTMLDialogElement;

/**
 * The region the address names, if any, in either case (#region/bj is Beijing's). Any two letters
 * pass: the gateway checks them against its RegionCode enum, and the page says of one it refuses
 * that there is no such region.
 */
function currentRegion(): RegionCode | '' {
  const code = /^#region\/([A-Za-z]{2})$/.exec(window.location.hash)?.[1];
  return (code?.toUpperCase() as RegionCode | undefined) ?? '';
}

const context: ViewContext = {
  get language() {
    return language;
  },
  openRegion(code) {
    window.location.hash = code ? `region/${code}` : '';
  },
  showSource(figure) {
    panel.replaceChildren(...sourceDialogContent(figure, language));
    panel.showModal();
  },
};

let latestRender = 0;
/** Renders begun and not yet ended: the timer starts none while one waits. */
let rendering = 0;

/** A page's answer, and whether it came from the regions' own subgraphs, the directory down. */
interface PageAnswer {
  result: Answer<unknown>;
  withoutDirectory: boolean;
}

/**
 * What the page shows now, if a render completed: the answer it drew and when it came. A busy or
 * unreachable gateway leaves it in place, and a language switch then draws it again in the other.
 */
let shown: { code: RegionCode | ''; language: Language; answer: PageAnswer; at: Date } | undefined;

/**
 * The time of an update in China's zone, and said to be, as every date on the page is China's day:
 * in the browser's own zone, a page in UTC whose data is dated 12-05 said it was updated at 20:00 the
 * evening before. With its day once that is not China's today (an outage through the night).
 */
function when(at: Date): string {
  const locale = language === 'zh' ? 'zh-CN' : 'en-GB';
  const inChina = { timeZone: CHINA_TIME_ZONE };
  const time =
    chinaDay(at) === chinaDay()
      ? at.toLocaleTimeString(locale, inChina)
      : at.toLocaleString(locale, inChina);
  return `${time}${t('chinaTime', language)}`;
}

const failedWith = (result: Answer<unknown>, code: string) =>
  !result.data && !!result.errors?.some((e) => e.extensions?.code === code);

async function render(): Promise<void> {
  rendering += 1;
  try {
    await renderOnce();
  } finally {
    rendering -= 1;
  }
}

/** The page's answer; asked of each region's own subgraph when the national directory is down. */
async function ask(code: RegionCode | ''): Promise<PageAnswer> {
  const result = code
    ? await query(regionQuery, { code })
    : await query(nationalQuery, nationalVariables());
  if (!directoryDown(result)) return { result, withoutDirectory: false };
  return {
    result: code ? await regionWithoutDirectory(code) : await nationalWithoutDirectory(),
    withoutDirectory: true,
  };
}

async function renderOnce(): Promise<void> {
  const ticket = ++latestRender;
  const code = currentRegion();
  const answer = await ask(code);
  // A newer render (a language switch, a click, a refresh) began while this one waited: it wins, and
  // the page changes all at once, never half in the old language.
  if (ticket !== latestRender) return;
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  document.getElementById('title')!.textContent = t('title', language);
  // The browser's tab and history say the page's title in its language too.
  document.title = t('title', language);
  document.getElementById('language')!.textContent = language === 'zh' ? 'English' : '中文';
  // Still busy after waiting as it asked, or not reached at all: the page keeps what it shows, if
  // it is this page, in the language now chosen, says since when, and the next refresh tries again.
  const busy = failedWith(answer.result, 'SERVICE_UNAVAILABLE');
  const unreachable = failedWith(answer.result, UNREACHABLE);
  if ((busy || unreachable) && shown?.code === code) {
    if (shown.language !== language) {
      draw(shown.answer, code);
      shown.language = language;
    }
    status.textContent = busy
      ? t('busyKept', language)
      : `${t('unreachableKept', language)} ${when(shown.at)}`;
    return;
  }
  shown = undefined;
  if (busy || unreachable) {
    disposeCharts();
    main.replaceChildren(el('p', { class: 'error' }, t(busy ? 'busy' : 'unreachable', language)));
    status.textContent = '';
    return;
  }
  if (!draw(answer, code)) return;
  shown = { code, language, answer, at: new Date() };
  status.textContent = `${t('updated', language)} ${when(shown.at)}`;
}

/** Draws an answer in the page's language: its view, or why there is none. Whether it had a view. */
function draw({ result, withoutDirectory }: PageAnswer, code: RegionCode | ''): boolean {
  disposeCharts();
  const region = code ? (result.data as RegionData | undefined)?.registry : undefined;
  if (!result.data || (code && !region)) {
    // A code the gateway refuses is no region's: said so, not in the words of its variable.
    const reason = result.errors?.some((e) => e.extensions?.code === 'BAD_USER_INPUT')
      ? `${t('noSuchRegion', language)}${code}`
      : result.errors
        ? saidOnce(result.errors, language)
        : t('unavailable', language);
    const problem = el('p', { class: 'error' }, reason);
    if (code) main.replaceChildren(problem, backLink(context));
    else main.replaceChildren(problem);
    return false;
  }
  const view = region
    ? regionView(region, (result.data as RegionData).indicators ?? [], context)
    : nationalView(result.data as NationalData, context);
  // The directory down, the page says what is missing and where what it shows comes from.
  const directory =
    withoutDirectory && el('p', { class: 'error directory-down' }, t('directoryDown', language));
  // A region that failed still shows what the others answered; the error heads the page.
  const errors = result.errors?.length
    ? el('p', { class: 'error' }, saidOnce(result.errors, language))
    : null;
  const kept = readerState(main);
  main.replaceChildren(...[directory, errors, view].filter((part) => !!part));
  restoreReaderState(main, kept);
  return true;
}

document.getElementById('language')!.addEventListener('click', () => {
  language = language === 'zh' ? 'en' : 'zh';
  localStorage.setItem('dashboard-language', language);
  // The address says the language chosen, so that a reload or a shared link keeps it.
  const address = new URL(window.location.href);
  if (address.searchParams.has('lang')) {
    address.searchParams.set('lang', language);
    history.replaceState(null, '', address);
  }
  void render();
});
window.addEventListener('hashchange', () => void render());
// A refresh while one still waits would only queue another request behind it on a slow gateway.
setInterval(() => {
  if (rendering === 0) void render();
}, refreshSeconds * 1000);
void render();
