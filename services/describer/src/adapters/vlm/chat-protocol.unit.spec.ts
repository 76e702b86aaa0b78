import { describe, expect, it } from 'vitest';
import { buildAttributeSchema } from '@vitrine/describe-prompts';
import { buildChatBody, readCompletion, toDataUrl } from './chat-protocol';
import type { VlmRequest } from './types';

const schema = buildAttributeSchema({ colors: ['red'] });
const req: VlmRequest = { id: 'img-1', image: { bytes: new Uint8Array([0xff, 0xd8, 0xff, 0x00]), mimeType: 'image/jpeg' }, prompt: { system: 'SYS', user: 'USER' }, schema };

describe('chat-completions wire format', () => {
  it('puts the image as a base64 data URL part, asks for strict JSON schema output and disables thinking', () => {
    const url = toDataUrl('image/jpeg', req.image.bytes);
    expect(url).toBe('data:image/jpeg;base64,/9j/AA==');
    const body = buildChatBody('glm', req, url, { temperature: 0, topP: 1, maxTokens: 512, seed: 7 });
    expect(body).toEqual({
      model: 'glm',
      messages: [
        { role: 'system', content: 'SYS' },
        { role: 'user', content: [{ type: 'image_url', image_url: { url } }, { type: 'text', text: 'USER' }] },
      ],
      response_format: { type: 'json_schema', json_schema: { name: 'product_attributes', schema: schema.jsonSchema, strict: true } },
      chat_template_kwargs: { enable_thinking: false },
      temperature: 0,
      top_p: 1,
      max_tokens: 512,
      seed: 7,
      stream: false,
    });
    expect('seed' in buildChatBody('glm', req, url, { temperature: 0.7, topP: 0.95, maxTokens: 512, seed: null })).toBe(false);
  });

  it('appends the previous reply and the validation errors for the repair turn', () => {
    const body = buildChatBody('glm', req, 'data:x', { temperature: 0.7, topP: 0.95, maxTokens: 512, seed: null }, { previousContent: '{bad', errors: ['/: not JSON'] });
    expect(body.messages.slice(2)).toEqual([
      { role: 'assistant', content: '{bad' },
      { role: 'user', content: expect.stringContaining('- /: not JSON') },
    ]);
  });

  it('reads a chat.completion and refuses other bodies', () => {
    expect(readCompletion({ model: 'm', choices: [{ message: { content: '{}' }, finish_reason: 'stop' }], usage: { prompt_tokens: 10, completion_tokens: 2 } })).toEqual({
      content: '{}', finishReason: 'stop', model: 'm', promptTokens: 10, completionTokens: 2,
    });
    expect(readCompletion({ choices: [{ message: { content: null } }] })).toMatchObject({ content: null, finishReason: null });
    expect(readCompletion({ hello: 'world' })).toBeNull();
    expect(readCompletion({ choices: [{ message: { content: 5 } }] })).toBeNull();
    expect(readCompletion(null)).toBeNull();
  });
});
