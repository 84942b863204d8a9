package org.annalist.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds tweets pasted into prose in the form left by copying an embed:
 * <pre>
 * We will keep working for peace. pic.twitter.com/abc — Nikol Pashinyan (@NikolPashinyan) March 13, 2023
 * </pre>
 * with the signature on the same line as the post text or on its own line after it. The post text
 * becomes its own block and the signature line is dropped; the text is kept as written, without
 * added quotation marks, because the block itself marks it as a quotation.
 */
final class PastedPostFinder {

    private PastedPostFinder() {
    }

    static List<BodyBlock> split(List<BodyBlock> blocks) {
        List<BodyBlock> out = new ArrayList<>();
        for (BodyBlock block : blocks) {
            if (block.isPost()) {
                out.add(block);
                continue;
            }
            List<String> pending = new ArrayList<>();
            for (String line : block.text().split("\n")) {
                PostSignature signature = PostSignature.parse(line);
                if (signature == null) {
                    pending.add(line);
                    continue;
                }
                if (!signature.textBefore().isEmpty()) {
                    pending.add(signature.textBefore());
                }
                if (!pending.isEmpty()) {
                    out.add(BodyBlock.post(String.join("\n", pending), signature));
                    pending.clear();
                } else if (!out.isEmpty() && !out.get(out.size() - 1).isPost()) {
                    // Signature opening a paragraph: the post is the paragraph before it.
                    BodyBlock previous = out.remove(out.size() - 1);
                    out.add(BodyBlock.post(previous.text(), signature));
                }
                // A signature with no text before it at all signs an image-only post: nothing to keep.
            }
            if (!pending.isEmpty()) {
                out.add(BodyBlock.prose(String.join("\n", pending)));
            }
        }
        return out;
    }
}
