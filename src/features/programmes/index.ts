/** Programme documents: importing a notice into a programme folder and checking a folder (command line only). */
export { programmesCommands } from './cli.ts';
