/**
 * Will hold the pipeline stages and their messages (issue: hft-pipeline).
 */
package io.hftengine.pipeline;
