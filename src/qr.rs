//! QR codes as PNG images, for invite links shown on paper or a screen in the azc.

use anyhow::Context;
use qrcode::{Color, QrCode};

/// Pixels per QR module and the quiet zone around the code, in modules.
const SCALE: usize = 8;
const QUIET: usize = 4;

/// Encodes `text` as a black-on-white QR code PNG.
pub fn png(text: &str) -> anyhow::Result<Vec<u8>> {
    let code = QrCode::new(text.as_bytes()).context("text too long for a QR code")?;
    let width = code.width();
    let colors = code.to_colors();
    let side = (width + 2 * QUIET) * SCALE;
    let mut pixels = vec![255u8; side * side];
    for (i, color) in colors.iter().enumerate() {
        if *color != Color::Dark {
            continue;
        }
        let (mx, my) = (i % width + QUIET, i / width + QUIET);
        for y in my * SCALE..(my + 1) * SCALE {
            let row = y * side;
            if let Some(run) = pixels.get_mut(row + mx * SCALE..row + (mx + 1) * SCALE) {
                run.fill(0);
            }
        }
    }
    let mut out = Vec::new();
    let side32 = u32::try_from(side).context("QR image too large")?;
    let mut encoder = png::Encoder::new(&mut out, side32, side32);
    encoder.set_color(png::ColorType::Grayscale);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().context("PNG header")?;
    writer.write_image_data(&pixels).context("PNG data")?;
    writer.finish().context("PNG end")?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_invite_link_becomes_a_valid_png_image() {
        let bytes =
            png("https://t.me/driegesprek_bot?start=0123456789abcdef0123456789abcdef01234567")
                .unwrap();
        assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
        let decoder = png::Decoder::new(std::io::Cursor::new(&bytes));
        let reader = decoder.read_info().unwrap();
        let info = reader.info();
        assert_eq!(info.width, info.height);
        assert!(info.width >= 200, "big enough to scan from paper");
    }
}
