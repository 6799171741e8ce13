import type { Command } from './command';
import { demoCommand } from './demo';
import { identifyCommand } from './identify';
import { inspectCommand } from './inspect';
import { pairCommand } from './pair';
import { roadmapCommand } from './roadmap';
import { sampleCommand } from './sample';
import { targetsCommand } from './targets';

/** Every subcommand, in the order `opora --help` lists them. Add a new one here. */
export const COMMANDS: readonly Command[] = [demoCommand, inspectCommand, identifyCommand, pairCommand, roadmapCommand, targetsCommand, sampleCommand];
