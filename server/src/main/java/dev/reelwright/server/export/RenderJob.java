package dev.reelwright.server.export;

/**
 * One export as the API reports it. {@code status}: pending, processing, completed, failed or cancelled.
 */
public record RenderJob(String id, String userId, String sessionId, int draftVersion, String quality, String resolution,
                        String status, int progress, String reservationId, String outputPath, Long durationMs, Long sizeBytes,
                        String error, long createdMs, Long completedMs) {
    public boolean finished() {
        return status.equals("completed") || status.equals("failed") || status.equals("cancelled");
    }
}
