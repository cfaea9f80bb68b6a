package org.aftercare.video;

/**
 * A clinic's video service as its admin sees it: never the secret itself, only whether one is
 * stored, and the path the provider must post its events to.
 */
public record VideoSetup(
    VideoProviderKind kind, boolean hasSecret, int graceMinutes, String receiverPath) {}
