import { Box, Button, Group, Text } from '@mantine/core';
import { type PointerEvent, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

// Drawn at this size whatever the screen, then shown at the box's width: the PNG is the same on a phone and a desk.
const width = 600;
const height = 200;

/**
 * A box to sign in with a finger, a pen or a mouse, giving a PNG. Those who
 * cannot draw here attach a picture of the signature instead (the dialog offers both).
 */
export function SignaturePad({ onChange }: { onChange: (drawn: HTMLCanvasElement | null) => void }) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const labelId = useId();

  const point = (event: PointerEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return {
      x: ((event.clientX - box.left) * width) / box.width,
      y: ((event.clientY - box.top) * height) / box.height,
    };
  };

  function start(event: PointerEvent<HTMLCanvasElement>) {
    const context = event.currentTarget.getContext('2d');
    if (!context) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drawing.current = true;
    const { x, y } = point(event);
    context.lineWidth = 3;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.strokeStyle = '#1a1b1e';
    context.beginPath();
    context.moveTo(x, y);
  }

  function move(event: PointerEvent<HTMLCanvasElement>) {
    const context = event.currentTarget.getContext('2d');
    if (!drawing.current || !context) return;
    const { x, y } = point(event);
    context.lineTo(x, y);
    context.stroke();
    onChange(event.currentTarget);
  }

  function clear() {
    canvas.current?.getContext('2d')?.clearRect(0, 0, width, height);
    onChange(null);
  }

  return (
    <Box>
      <Text id={labelId} size="sm" fw={500} mb={4}>
        {t('attachments.signHere')}
      </Text>
      <canvas
        ref={canvas}
        width={width}
        height={height}
        role="img"
        aria-labelledby={labelId}
        aria-describedby={`${labelId}-help`}
        onPointerDown={start}
        onPointerMove={move}
        onPointerUp={() => {
          drawing.current = false;
        }}
        onPointerCancel={() => {
          drawing.current = false;
        }}
        // Drawing with a finger must not scroll the page.
        style={{
          display: 'block',
          width: '100%',
          aspectRatio: `${width} / ${height}`,
          touchAction: 'none',
          border: '1px solid var(--mantine-color-gray-5)',
          borderRadius: 'var(--mantine-radius-sm)',
          background: 'white',
        }}
      />
      <Group justify="space-between" mt={4} wrap="nowrap" align="flex-start">
        <Text id={`${labelId}-help`} size="xs" c="dimmed">
          {t('attachments.signHelp')}
        </Text>
        <Button size="compact-sm" variant="subtle" onClick={clear}>
          {t('attachments.clear')}
        </Button>
      </Group>
    </Box>
  );
}

/** The drawn signature as a PNG file, as if chosen from the phone. */
export function signatureFile(pad: HTMLCanvasElement): Promise<File | null> {
  return new Promise((resolve) => {
    pad.toBlob(
      (blob) => resolve(blob && new File([blob], 'signature.png', { type: 'image/png' })),
      'image/png',
    );
  });
}
