/**
 * Ribbon commands (manifest ExecuteFunction actions). Loaded by taskpane.html in the shared runtime;
 * each button runs a use case (the task pane's, or the app layer's default over Office.js) and
 * always completes its event.
 */
import { commandAction, COMMAND_TITLES, provideDefaultCommandActions, type CommandId } from './command-actions';
import { runCommand } from './command-runner';
import { defaultCommandActions } from './default-actions';

const showTaskpane = async (): Promise<void> => {
  if (typeof Office !== 'undefined' && Office.addin?.showAsTaskpane) await Office.addin.showAsTaskpane();
};

const handler =
  (id: CommandId) =>
  (event: Office.AddinCommands.Event): Promise<void> =>
    runCommand(event, commandAction(id), { title: COMMAND_TITLES[id], showTaskpane });

// The names must match <FunctionName> in manifest.xml (checked by test/manifest).
if (typeof Office !== 'undefined' && Office.actions) {
  // The Office.js host is loaded on the first click: the pane's start-up does not carry it.
  provideDefaultCommandActions(defaultCommandActions(async () => new (await import('../hosts/excel/excel-workbook')).ExcelWorkbook()));
  Office.actions.associate('runIdentification', handler('runIdentification'));
  Office.actions.associate('buildRoadmap', handler('buildRoadmap'));
}
