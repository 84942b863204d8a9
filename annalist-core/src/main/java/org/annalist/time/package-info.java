/**
 * When: the date of an event from the time expression governing its trigger, resolved against the article date, with its precision.
 */
package org.annalist.time;
