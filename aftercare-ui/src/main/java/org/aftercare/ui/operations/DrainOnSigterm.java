package org.aftercare.ui.operations;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.ObjectName;
import javax.management.StandardMBean;
import org.aftercare.platform.Draining;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The drain the launcher runs when the process gets SIGTERM, before it lets the JVM stop. Payara
 * Micro's own shutdown hook stops the server at once, cutting off requests under way, and shutdown
 * hooks run in no set order; so the launcher catches the signal itself and asks for this drain
 * first. It reaches it through the platform MBean server under {@link #OBJECT_NAME}: the launcher
 * lives outside the WAR's class loader, and a name is all the two share.
 */
@WebListener
public class DrainOnSigterm implements ServletContextListener, DrainControl {

  public static final String OBJECT_NAME = "org.aftercare:type=Drain";

  private static final Logger LOG = Logger.getLogger(DrainOnSigterm.class.getName());

  @Inject Draining draining;

  @Inject
  @ConfigProperty(name = "aftercare.shutdown.drain-seconds", defaultValue = "25")
  int drainSeconds;

  /**
   * How long new requests are still served once draining: time for a load balancer to see readiness
   * down (the chart probes every 10 s), leaving the rest of the drain for them to finish.
   */
  @Inject
  @ConfigProperty(name = "aftercare.shutdown.admit-seconds", defaultValue = "10")
  int admitSeconds;

  @Override
  public void contextInitialized(ServletContextEvent started) {
    try {
      ManagementFactory.getPlatformMBeanServer()
          .registerMBean(new StandardMBean(this, DrainControl.class), new ObjectName(OBJECT_NAME));
    } catch (JMException e) {
      LOG.log(Level.WARNING, "SIGTERM will stop the portal without draining it", e);
    }
  }

  @Override
  public void contextDestroyed(ServletContextEvent stopped) {
    try {
      var server = ManagementFactory.getPlatformMBeanServer();
      var name = new ObjectName(OBJECT_NAME);
      if (server.isRegistered(name)) {
        server.unregisterMBean(name);
      }
    } catch (JMException e) {
      LOG.log(Level.FINE, "The drain was already gone", e);
    }
  }

  @Override
  public boolean drain() throws InterruptedException {
    LOG.info(
        "Stopping: not ready any more; waiting up to "
            + drainSeconds
            + " s for requests and timer runs under way, serving new requests in the first "
            + admitSeconds
            + " s");
    boolean finished =
        draining.drain(Duration.ofSeconds(admitSeconds), Duration.ofSeconds(drainSeconds));
    if (finished) {
      LOG.info("Stopping: nothing under way any more");
    } else {
      LOG.warning("Stopping: work still under way after " + drainSeconds + " s is cut off");
    }
    return finished;
  }
}
