/*
 * The muni-kit blocks in the block editor, without a build step: each block's controls are its
 * element's attributes (from block.json), and its preview is the server's own rendering of it.
 */
(function (wp, blocks) {
  'use strict';
  const { createElement: h, Fragment } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { Disabled, PanelBody, SelectControl, TextControl, ToggleControl } = wp.components;
  const ServerSideRender = wp.serverSideRender;
  const { __ } = wp.i18n;

  /** The control of one attribute, labelled and described from block.json. */
  const control = (key, schema, value, set) => {
    const common = {
      key,
      label: schema.muniKitLabel || key,
      help: schema.muniKitHelp,
      __nextHasNoMarginBottom: true,
    };
    if (schema.type === 'boolean') {
      return h(ToggleControl, {
        ...common,
        checked: Boolean(value),
        onChange: (next) => set(next),
      });
    }
    if (schema.enum) {
      const options = schema.enum.map((option) => ({ label: option, value: option }));
      if (!('default' in schema)) options.unshift({ label: '—', value: '' });
      return h(SelectControl, {
        ...common,
        value: value ?? '',
        options,
        onChange: (next) => set(next === '' ? undefined : next),
      });
    }
    if (schema.type === 'integer' || schema.type === 'number') {
      return h(TextControl, {
        ...common,
        type: 'number',
        value: value ?? '',
        onChange: (next) => set(next === '' ? undefined : Number(next)),
      });
    }
    return h(TextControl, {
      ...common,
      value: value ?? '',
      onChange: (next) => set(next === '' ? undefined : next),
    });
  };

  for (const metadata of blocks) {
    wp.blocks.registerBlockType(metadata, {
      edit(props) {
        const { attributes, setAttributes } = props;
        const controls = Object.entries(metadata.attributes).map(([key, schema]) =>
          control(key, schema, attributes[key], (next) => setAttributes({ [key]: next })),
        );
        return h(
          Fragment,
          null,
          h(
            InspectorControls,
            null,
            h(PanelBody, { title: __('Element settings', 'muni-kit') }, controls),
          ),
          h(
            'div',
            useBlockProps(),
            h(
              Disabled,
              null,
              h(ServerSideRender, { block: metadata.name, attributes, httpMethod: 'POST' }),
            ),
          ),
        );
      },
      save: () => null,
    });
  }
})(window.wp, window.muniKitBlocks || []);
