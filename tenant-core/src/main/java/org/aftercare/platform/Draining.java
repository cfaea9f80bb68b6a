package org.aftercare.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * The portal's stop on SIGTERM: once draining, readiness reports DOWN (so the load balancer sends
 * no new work), timers claim nothing new, and the stop waits until the requests and timer runs
 * already under way have finished — or the drain's limit has passed — before the container is taken
 * down under them.
 */
@ApplicationScoped
public class Draining {

  private final Object lock = new Object();
  private int underWay;
  private boolean draining;
  private long admittingUntil;

  public void leave() {
    synchronized (lock) {
      underWay--;
      if (underWay == 0) {
        lock.notifyAll();
      }
    }
  }

  /**
   * Counts a request as under way unless the drain's window for new requests has closed: then it is
   * not to be served, and returns false. Pair a true with {@link #leave()} in {@code finally}.
   */
  public boolean admit() {
    synchronized (lock) {
      if (draining && System.nanoTime() - admittingUntil > 0) {
        return false;
      }
      underWay++;
      return true;
    }
  }

  /**
   * Runs background work unless the portal is draining; a run that has started is waited for.
   * Returns whether it ran.
   */
  public boolean unlessDraining(Runnable work) {
    synchronized (lock) {
      if (draining) {
        return false;
      }
      underWay++;
    }
    try {
      work.run();
      return true;
    } finally {
      leave();
    }
  }

  public boolean isDraining() {
    synchronized (lock) {
      return draining;
    }
  }

  /**
   * Starts draining and waits until nothing is under way, at most {@code limit}. Returns whether
   * everything finished in time. Requests that still arrive in the first {@code admitting} are
   * served (and waited for): a browser pinned to this instance by its affinity cookie should get
   * its answer while the load balancer notices readiness is down. Later ones are refused ({@link
   * #admit()}), so that under steady traffic the drain still ends with nothing under way rather
   * than cut off at its limit with requests half served.
   */
  public boolean drain(Duration admitting, Duration limit) throws InterruptedException {
    long began = System.nanoTime();
    long deadline = began + limit.toNanos();
    synchronized (lock) {
      draining = true;
      admittingUntil = began + admitting.toNanos();
      while (underWay > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        lock.wait(Math.max(1, left / 1_000_000));
      }
      return true;
    }
  }
}
