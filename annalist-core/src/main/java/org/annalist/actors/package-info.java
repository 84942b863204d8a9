/**
 * Who: spans of a sentence to CAMEO actor codes (countries, demonyms, offices, agents, people with dated roles) and the PETRARCH/Phoenix dictionary loader.
 */
package org.annalist.actors;
