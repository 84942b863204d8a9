/**
 * Event mentions to real-world events across articles (stable ids, merge rules).
 */
package org.annalist.events;
