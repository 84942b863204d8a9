/**
 * Scoring against the gold formats of shared/eval/FORMATS.md.
 */
package org.annalist.evaluation;
