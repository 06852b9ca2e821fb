package dev.reelwright.director.stock;

import java.net.URI;

/**
 * A photo or clip a stock library offers for a scene.
 *
 * @param provider "Pexels" or "Pixabay"
 * @param download where its file is (the size the canvas needs, not the original when that is far bigger)
 * @param durationMs a clip's length; 0 for a photo
 * @param credit the attribution the library asks for ("Photo by Jane Doe on Pexels, https://…")
 */
public record StockItem(String provider, String id, URI download, boolean clip, int widthPx, int heightPx, long durationMs,
                        String credit) {
}
