/**
 * Reference data of the event ontologies: CAMEO 1.1b3 event codes with Goldstein values,
 * QuadClass and ConfliBERT penta classes ({@link org.annalist.ontology.CameoCatalog},
 * {@link org.annalist.ontology.CameoCode}), the 16 current PLOVER event types with their modes
 * ({@link org.annalist.ontology.PloverType}), and the CAMEO to PLOVER and CAMEO to ACLED views.
 * {@link org.annalist.ontology.EventViews} turns a coded event into its {@link org.annalist.ontology.EventView}:
 * PLOVER mode, auxiliary mode, contexts and actors ({@link org.annalist.ontology.PloverActor}), ACLED event and
 * sub-event type, QuadClass and five-way class, each with the rule or cue word that gave it.
 * Everything comes from the project's own TSV files in this package's resources.
 */
package org.annalist.ontology;
