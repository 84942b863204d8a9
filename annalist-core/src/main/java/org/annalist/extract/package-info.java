/**
 * Turns a RawDocument into a clean Article: HTML body, plain text, encoding, datelines, boilerplate lines, embedded posts, language.
 */
package org.annalist.extract;
