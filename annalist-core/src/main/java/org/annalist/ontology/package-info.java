/**
 * CAMEO event codes with names, Goldstein values and QuadClass; PLOVER types and the CAMEO to PLOVER mapping; from the project's own resource files.
 */
package org.annalist.ontology;
