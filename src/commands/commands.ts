/**
 * Ribbon commands (manifest ExecuteFunction actions). Loaded by taskpane.html in the shared runtime;
 * each button runs a use case provided through command-actions.ts and always completes its event.
 */
import { commandAction, COMMAND_TITLES, type CommandId } from './command-actions';
import { runCommand } from './command-runner';

const showTaskpane = async (): Promise<void> => {
  if (typeof Office !== 'undefined' && Office.addin?.showAsTaskpane) await Office.addin.showAsTaskpane();
};

const handler =
  (id: CommandId) =>
  (event: Office.AddinCommands.Event): Promise<void> =>
    runCommand(event, commandAction(id), { title: COMMAND_TITLES[id], showTaskpane });

// The names must match <FunctionName> in manifest.xml (checked by test/manifest).
if (typeof Office !== 'undefined' && Office.actions) {
  Office.actions.associate('runIdentification', handler('runIdentification'));
  Office.actions.associate('buildRoadmap', handler('buildRoadmap'));
}
