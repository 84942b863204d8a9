/**
 * What: trigger patterns on dependency trees to CAMEO codes, source and target roles, modality, fatalities.
 */
package org.annalist.coding;
