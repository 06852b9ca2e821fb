package dev.reelwright.farm;

import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.Nats;
import io.nats.client.ObjectStore;
import io.nats.client.Options;
import io.nats.client.api.AckPolicy;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.ObjectStoreConfiguration;
import io.nats.client.api.RetentionPolicy;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import java.io.IOException;
import java.time.Duration;

/**
 * A connection to a farm's NATS server with JetStream, and the farm's stream, consumer and
 * buckets, made if they are missing (so the first server or worker to start sets the farm up).
 * Reconnects for ever: a NATS restart is a pause, not a failure.
 */
public final class Farm implements AutoCloseable {
    private final Connection connection;
    private final FarmNames names;
    private volatile FarmSettings settings;

    private Farm(Connection connection, FarmNames names, FarmSettings settings) {
        this.connection = connection;
        this.names = names;
        this.settings = settings;
    }

    public static Farm connect(String url, FarmNames names, FarmSettings settings, String who) {
        if (!url.matches("nats://[^\\s/]+")) {
            throw new FarmException("--nats must be a NATS address such as nats://127.0.0.1:4222 (got \"" + url + "\")");
        }
        Connection connection;
        try {
            connection = Nats.connect(Options.builder().server(url).connectionName(who).maxReconnects(-1)
                    .reconnectWait(Duration.ofMillis(500)).connectionTimeout(Duration.ofSeconds(5))
                    // The client's default listener logs every flow-control message; a worker's output says what it did instead.
                    .errorListener(new io.nats.client.ErrorListener() { })
                    .build());
        } catch (IOException e) {
            throw new FarmException("cannot reach the NATS server at " + url + " (" + e.getMessage() + "); is it running, with -js?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FarmException("interrupted while connecting to " + url, e);
        }
        Farm farm = new Farm(connection, names, settings);
        try {
            farm.setUp();
        } catch (RuntimeException e) {
            farm.close();
            throw e;
        }
        return farm;
    }

    private void setUp() {
        try {
            JetStreamManagement management = connection.jetStreamManagement();
            workQueue(management, names.stream(), names.jobSubject(), names.consumer());
            workQueue(management, names.makeStream(), names.makeSubject(), names.makeConsumer());
            var buckets = connection.objectStoreManagement().getBucketNames();
            for (String bucket : buckets()) {
                if (!buckets.contains(bucket)) {
                    var config = ObjectStoreConfiguration.builder(bucket).storageType(StorageType.File);
                    if (bucket.equals(names.madeBucket())) {
                        config.ttl(Duration.ofDays(1)); // Made folders nobody took (their server stopped waiting) go after a day.
                    }
                    connection.objectStoreManagement().create(config.build());
                }
            }
            if (!connection.keyValueManagement().getBucketNames().contains(names.foldersBucket())) {
                connection.keyValueManagement().create(io.nats.client.api.KeyValueConfiguration.builder().name(names.foldersBucket())
                        .storageType(StorageType.File).build());
            }
        } catch (IOException | JetStreamApiException e) {
            throw new FarmException("cannot set up the farm on NATS (" + e.getMessage() + "); the server needs JetStream (nats-server -js)", e);
        }
    }

    /** A work-queue stream and its one durable consumer: the ack wait is the lease, deliveries bounded, retries backed off. */
    private void workQueue(JetStreamManagement management, String stream, String subject, String consumer)
            throws IOException, JetStreamApiException {
        if (!management.getStreamNames().contains(stream)) {
            management.addStream(StreamConfiguration.builder().name(stream).subjects(subject)
                    .retentionPolicy(RetentionPolicy.WorkQueue).storageType(StorageType.File).maxAge(Duration.ofDays(2)).build());
        }
        if (!management.getConsumerNames(stream).contains(consumer)) {
            try {
                management.addOrUpdateConsumer(stream, ConsumerConfiguration.builder().durable(consumer)
                        .ackPolicy(AckPolicy.Explicit).ackWait(settings.lease()).maxDeliver(settings.maxDeliveries())
                        .backoff(settings.backoff().toArray(Duration[]::new)).filterSubject(subject).build());
            } catch (JetStreamApiException raced) {
                // Another process created it at the same moment; its settings are the farm's.
            }
        }
        // The queue's settings are the farm's, whoever created it: every server and worker counts deliveries alike.
        ConsumerConfiguration made = management.getConsumerInfo(stream, consumer).getConsumerConfiguration();
        if (made.getAckWait() != null && made.getMaxDeliver() > 0 && made.getBackoff() != null && !made.getBackoff().isEmpty()) {
            settings = new FarmSettings(made.getAckWait(), (int) made.getMaxDeliver(), made.getBackoff(), settings.stallLimit());
        }
    }

    private java.util.List<String> buckets() {
        return java.util.List.of(names.mediaBucket(), names.chunkBucket(), names.madeBucket(), names.filesBucket());
    }

    public Connection connection() {
        return connection;
    }

    public FarmNames names() {
        return names;
    }

    public FarmSettings settings() {
        return settings;
    }

    public JetStream jetStream() {
        try {
            return connection.jetStream();
        } catch (IOException e) {
            throw new FarmException("JetStream is not available (" + e.getMessage() + ")", e);
        }
    }

    public JetStreamManagement management() {
        try {
            return connection.jetStreamManagement();
        } catch (IOException e) {
            throw new FarmException("JetStream is not available (" + e.getMessage() + ")", e);
        }
    }

    public ObjectStore media() {
        return bucket(names.mediaBucket());
    }

    public ObjectStore chunks() {
        return bucket(names.chunkBucket());
    }

    public ObjectStore made() {
        return bucket(names.madeBucket());
    }

    public ObjectStore files() {
        return bucket(names.filesBucket());
    }

    public io.nats.client.KeyValue folders() {
        try {
            return connection.keyValue(names.foldersBucket());
        } catch (IOException e) {
            throw new FarmException("the key-value bucket " + names.foldersBucket() + " is not available (" + e.getMessage() + ")", e);
        }
    }

    private ObjectStore bucket(String name) {
        try {
            return connection.objectStore(name);
        } catch (IOException e) {
            throw new FarmException("the object store " + name + " is not available (" + e.getMessage() + ")", e);
        }
    }

    /** Removes this farm's stream and buckets (tests, and {@code reel worker --reset}). */
    public void tearDown() {
        for (String stream : java.util.List.of(names.stream(), names.makeStream())) {
            try {
                management().deleteStream(stream);
            } catch (IOException | JetStreamApiException ignored) {
                // Not there.
            }
        }
        try {
            connection.keyValueManagement().delete(names.foldersBucket());
        } catch (IOException | JetStreamApiException ignored) {
            // Not there.
        }
        for (String bucket : buckets()) {
            try {
                connection.objectStoreManagement().delete(bucket);
            } catch (IOException | JetStreamApiException ignored) {
                // Not there.
            }
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
