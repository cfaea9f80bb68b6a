package org.aftercare.ui.operations;

/** The drain as the launcher invokes it, by name, through the platform MBean server. */
public interface DrainControl {

  /** Drains and returns whether everything under way finished within the limit. */
  boolean drain() throws InterruptedException;
}
