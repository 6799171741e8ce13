/**
 * Offline structural checks of manifest.xml - what the online validator would reject plus our own
 * conventions (every display string has a Russian override, icons match their declared sizes).
 */
import { DECLARED_REQUIREMENTS } from '../../src/hosts/excel/requirements';
import { readPngHeader } from '../png';
import { childNamed, childrenNamed, descendants, localName, parseXml, XmlElement, XmlSyntaxError } from './xml';

export interface ManifestFinding {
  code: string;
  message: string;
}

export interface ManifestContext {
  /** Bytes of a file hosted next to the task pane, by its path relative to the server root ('assets/icon-16.png'); null if missing. */
  readHostedFile(relativePath: string): Buffer | null;
  /** Source text of the ribbon commands module, to check ExecuteFunction names are associated. */
  commandsSource?: string;
  /** Where every URL must point: the development server unless a build was made for another (ADDIN_URL). */
  serverRoot?: string;
}

export const SERVER_ROOT = 'https://localhost:3000/';
export const OVERRIDE_LOCALE = 'ru-ru';

/** Children of OfficeApp in the order the schema requires. */
export const OFFICE_APP_ORDER = [
  'Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl',
  'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides',
] as const;

const REQUIRED_CHILDREN = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'DefaultSettings', 'Permissions'];

export const LIMITS = { DisplayName: 125, Description: 250, ShortStrings: 125, LongStrings: 250, resid: 32 } as const;


const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type ResourceKind = 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings';

/** Which resource table an element's resid must point into. */
const RESID_KIND: Record<string, ResourceKind> = {
  Image: 'Images',
  SourceLocation: 'Urls',
  Runtime: 'Urls',
  FunctionFile: 'Urls',
  LearnMoreUrl: 'Urls',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Namespace: 'ShortStrings',
  Description: 'LongStrings',
};

const overrideValue = (element: XmlElement, locale = OVERRIDE_LOCALE): string | undefined =>
  childrenNamed(element, 'Override').find((o) => o.attributes.Locale?.toLowerCase() === locale)?.attributes.Value;

export const checkManifest = (xml: string, context: ManifestContext): ManifestFinding[] => {
  const findings: ManifestFinding[] = [];
  const report = (code: string, message: string): void => {
    findings.push({ code, message });
  };

  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (error) {
    if (error instanceof XmlSyntaxError) return [{ code: 'not-well-formed', message: error.message }];
    throw error;
  }
  if (localName(root) !== 'OfficeApp') return [{ code: 'root', message: `root element is <${root.name}>, expected <OfficeApp>` }];

  checkOrder(root, report);
  checkIdentity(root, report);
  checkLength(root, report);
  const resources = collectResources(root, report);
  checkResids(root, resources, report);
  checkOverrides(root, resources, report);
  checkRuntime(root, report);
  const serverRoot = context.serverRoot ?? SERVER_ROOT;
  checkUrls(root, resources, serverRoot, report);
  checkIcons(root, resources, context, serverRoot, report);
  if (context.commandsSource !== undefined) checkCommands(root, context.commandsSource, report);
  return findings;
};

type Report = (code: string, message: string) => void;

const checkOrder = (root: XmlElement, report: Report): void => {
  const names = root.children.map(localName);
  for (const name of names) {
    if (!(OFFICE_APP_ORDER as readonly string[]).includes(name)) report('unknown-element', `<${name}> is not a child OfficeApp accepts`);
  }
  for (const name of REQUIRED_CHILDREN) if (!names.includes(name)) report('missing-element', `<${name}> is required`);
  const positions = names.map((n) => (OFFICE_APP_ORDER as readonly string[]).indexOf(n)).filter((i) => i >= 0);
  for (let i = 1; i < positions.length; i++) {
    if (positions[i] <= positions[i - 1]) {
      report('element-order', `<${OFFICE_APP_ORDER[positions[i]]}> must come before <${OFFICE_APP_ORDER[positions[i - 1]]}> (or appears twice)`);
    }
  }
};

const checkIdentity = (root: XmlElement, report: Report): void => {
  const id = childNamed(root, 'Id')?.text ?? '';
  if (!GUID.test(id)) report('id-not-guid', `<Id> «${id}» is not a GUID`);
  const version = childNamed(root, 'Version')?.text ?? '';
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(version)) report('version', `<Version> «${version}» must be n.n.n.n`);
  const sets = descendants(childNamed(root, 'Requirements') ?? root).filter((e) => localName(e) === 'Set' && !!e.attributes.Name);
  for (const { set, version } of DECLARED_REQUIREMENTS) {
    const declared = sets.find((s) => s.attributes.Name === set);
    if (!declared) report('requirement-set', `requirement set ${set} is not declared`);
    else if ((declared.attributes.MinVersion ?? '1.1') !== version) report('requirement-set', `requirement set ${set} is declared as ${declared.attributes.MinVersion}, the code needs ${version}`);
  }
  for (const s of sets) {
    if (!DECLARED_REQUIREMENTS.some((r) => r.set === s.attributes.Name)) report('requirement-set', `requirement set ${s.attributes.Name} is declared but not in DECLARED_REQUIREMENTS`);
  }
};

const checkLength = (root: XmlElement, report: Report): void => {
  for (const name of ['DisplayName', 'Description'] as const) {
    const element = childNamed(root, name);
    if (!element) continue;
    const values = [element.attributes.DefaultValue ?? '', ...childrenNamed(element, 'Override').map((o) => o.attributes.Value ?? '')];
    for (const value of values) {
      if (value.length > LIMITS[name]) report('too-long', `<${name}> «${value.slice(0, 40)}…» has ${value.length} characters (at most ${LIMITS[name]})`);
    }
  }
};

type Resources = Map<string, { kind: ResourceKind; element: XmlElement }>;

const collectResources = (root: XmlElement, report: Report): Resources => {
  const resources: Resources = new Map();
  const table = descendants(root).find((e) => localName(e) === 'Resources');
  for (const kind of ['Images', 'Urls', 'ShortStrings', 'LongStrings'] as const) {
    const group = table && childNamed(table, kind);
    for (const element of group?.children ?? []) {
      const id = element.attributes.id ?? '';
      if (resources.has(id)) report('duplicate-resource', `resource id «${id}» is declared twice`);
      if (id.length > LIMITS.resid) report('resid-too-long', `resource id «${id}» has ${id.length} characters (at most ${LIMITS.resid})`);
      resources.set(id, { kind, element });
      if (kind === 'ShortStrings' || kind === 'LongStrings') {
        const values = [element.attributes.DefaultValue ?? '', ...childrenNamed(element, 'Override').map((o) => o.attributes.Value ?? '')];
        for (const value of values) {
          if (value.length > LIMITS[kind]) report('too-long', `${kind} «${id}» has a value of ${value.length} characters (at most ${LIMITS[kind]})`);
        }
      }
    }
  }
  return resources;
};

const checkResids = (root: XmlElement, resources: Resources, report: Report): void => {
  for (const element of descendants(root)) {
    const resid = element.attributes.resid;
    if (resid === undefined) continue;
    if (resid.length > LIMITS.resid) report('resid-too-long', `resid «${resid}» has ${resid.length} characters (at most ${LIMITS.resid})`);
    const target = resources.get(resid);
    if (!target) {
      report('missing-resource', `<${element.name} resid="${resid}"> (line ${element.line}) points to no resource`);
      continue;
    }
    const expected = RESID_KIND[localName(element)];
    if (expected && target.kind !== expected) {
      report('resource-kind', `<${element.name} resid="${resid}"> (line ${element.line}) needs ${expected}, the resource is in ${target.kind}`);
    }
  }
};

const checkOverrides = (root: XmlElement, resources: Resources, report: Report): void => {
  for (const name of ['DisplayName', 'Description']) {
    const element = childNamed(root, name);
    if (element && !overrideValue(element)) report('missing-override', `<${name}> has no ${OVERRIDE_LOCALE} override`);
  }
  const namespaceResid = descendants(root).find((e) => localName(e) === 'Namespace')?.attributes.resid;
  for (const [id, { kind, element }] of resources) {
    if (id === namespaceResid) {
      // The namespace has no id of its own: translated, it would change every formula's prefix with the UI language.
      if (childrenNamed(element, 'Override').length > 0) report('namespace-localised', `the functions namespace «${id}» must be the same in every language`);
    } else if ((kind === 'ShortStrings' || kind === 'LongStrings') && !overrideValue(element)) {
      report('missing-override', `string «${id}» has no ${OVERRIDE_LOCALE} override`);
    }
  }
  const metadata = descendants(root).find((e) => localName(e) === 'Metadata');
  const metadataResid = metadata && childNamed(metadata, 'SourceLocation')?.attributes.resid;
  const metadataUrl = metadataResid ? resources.get(metadataResid)?.element : undefined;
  if (!metadataUrl) report('functions-metadata', 'custom functions metadata URL is not declared');
  else if (!overrideValue(metadataUrl)?.endsWith('functions-ru.json')) {
    report('missing-override', `functions metadata URL has no ${OVERRIDE_LOCALE} override pointing to functions-ru.json`);
  }
};

const checkRuntime = (root: XmlElement, report: Report): void => {
  const hosts = descendants(root).filter((e) => localName(e) === 'Host' && e.attributes['xsi:type']);
  for (const host of hosts) {
    const first = host.children[0];
    if (!first || localName(first) !== 'Runtimes') report('runtimes-first', `<Runtimes> must be the first child of <Host xsi:type="${host.attributes['xsi:type']}">`);
    const runtime = first && childNamed(first, 'Runtime');
    if (runtime && runtime.attributes.lifetime !== 'long') report('runtime-lifetime', 'the shared runtime needs lifetime="long"');
  }
  if (hosts.length === 0) report('runtimes-first', 'no <Host xsi:type> in VersionOverrides');
  // A shared runtime has one task pane: «any task pane without a TaskpaneID is considered a different task
  // pane» (configure-your-add-in-to-use-a-shared-runtime.md), so the button names it and loads the runtime's page.
  const runtimeResid = descendants(root).find((e) => localName(e) === 'Runtime')?.attributes.resid;
  for (const action of descendants(root).filter((e) => localName(e) === 'Action' && e.attributes['xsi:type'] === 'ShowTaskpane')) {
    if (!childNamed(action, 'TaskpaneId')?.text) report('taskpane-id', `<Action xsi:type="ShowTaskpane"> (line ${action.line}) has no <TaskpaneId>`);
    const page = childNamed(action, 'SourceLocation')?.attributes.resid;
    if (page !== runtimeResid) report('taskpane-runtime', `<Action xsi:type="ShowTaskpane"> (line ${action.line}) loads «${page}», not the shared runtime «${runtimeResid}»`);
  }
};

const checkUrls = (root: XmlElement, resources: Resources, serverRoot: string, report: Report): void => {
  const urls = [
    ...['IconUrl', 'HighResolutionIconUrl', 'SupportUrl'].map((n) => childNamed(root, n)?.attributes.DefaultValue),
    childNamed(childNamed(root, 'DefaultSettings') ?? root, 'SourceLocation')?.attributes.DefaultValue,
    ...[...resources.values()].filter((r) => r.kind === 'Urls' || r.kind === 'Images').flatMap((r) => [r.element.attributes.DefaultValue, overrideValue(r.element)]),
  ].filter((u): u is string => u !== undefined);
  for (const url of urls) if (!url.startsWith(serverRoot)) report('url', `«${url}» is not under ${serverRoot}`);
  const origin = new URL(serverRoot).origin;
  for (const domain of descendants(root).filter((e) => localName(e) === 'AppDomain'))
    if (domain.text !== origin) report('app-domain', `<AppDomain> «${domain.text}» is not the add-in's origin ${origin}`);
};

const checkIcons = (root: XmlElement, resources: Resources, context: ManifestContext, serverRoot: string, report: Report): void => {
  const expectations: { url: string; size: number; what: string }[] = [];
  const iconUrl = childNamed(root, 'IconUrl')?.attributes.DefaultValue;
  const highResolution = childNamed(root, 'HighResolutionIconUrl')?.attributes.DefaultValue;
  if (iconUrl) expectations.push({ url: iconUrl, size: 32, what: '<IconUrl>' });
  if (highResolution) expectations.push({ url: highResolution, size: 64, what: '<HighResolutionIconUrl>' });
  for (const element of descendants(root)) {
    if (localName(element) !== 'Image' || !element.attributes.size || !element.attributes.resid) continue;
    const url = resources.get(element.attributes.resid)?.element.attributes.DefaultValue;
    if (url) expectations.push({ url, size: Number(element.attributes.size), what: `image «${element.attributes.resid}»` });
  }
  for (const { url, size, what } of expectations) {
    if (!url.startsWith(serverRoot)) continue;
    const bytes = context.readHostedFile(url.slice(serverRoot.length));
    if (!bytes) {
      report('icon-missing', `${what}: ${url} does not exist`);
      continue;
    }
    const header = readPngHeader(bytes);
    if (!header) report('icon-not-png', `${what}: ${url} is not a PNG`);
    else if (header.width !== size || header.height !== size) {
      report('icon-size', `${what}: ${url} is ${header.width}×${header.height}, expected ${size}×${size}`);
    }
  }
};

const checkCommands = (root: XmlElement, commandsSource: string, report: Report): void => {
  const names = descendants(root).filter((e) => localName(e) === 'FunctionName').map((e) => e.text);
  for (const name of names) {
    if (!new RegExp(`associate\\(\\s*['"\`]${name}['"\`]`).test(commandsSource)) {
      report('command-not-associated', `ExecuteFunction «${name}» is not registered with Office.actions.associate`);
    }
  }
};
