package dev.reelwright.server.chat;

import dev.reelwright.director.make.UserMedia;
import dev.reelwright.director.stock.StockItem;
import dev.reelwright.render.media.MediaInfo;
import dev.reelwright.render.media.MediaKind;
import dev.reelwright.render.media.MediaProbe;
import java.nio.file.Path;

/** A stock library's download decoded as an upload is, before a scene shows it: what it is, its size and length. */
public final class StockCheck {
    private StockCheck() {
    }

    public static UserMedia check(Path file, StockItem item) {
        MediaInfo info = MediaProbe.probe(file);
        if (info.kind() == MediaKind.AUDIO || info.widthPx() <= 0) {
            throw new IllegalArgumentException("it holds no picture");
        }
        boolean clip = info.kind() == MediaKind.VIDEO;
        return new UserMedia(file, clip, info.widthPx(), info.heightPx(), info.durationMs(), "", item.credit());
    }
}
