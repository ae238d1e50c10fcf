export { main, buildProgram, EXIT } from "./main.js";
