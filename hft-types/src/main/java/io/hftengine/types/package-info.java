/**
 * Placeholder: the fixed-point types arrive with the foundation issue.
 */
package io.hftengine.types;
