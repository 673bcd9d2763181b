/**
 * Will hold the reference engine's command line, config and simulators (issue: reference-engine).
 */
package io.hftengine.engine;
